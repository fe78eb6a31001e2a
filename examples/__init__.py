"""The example commune shipped with dvk: units, campaign, and the script that makes sample mails."""
