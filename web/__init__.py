"""The register for the office: a server-rendered web application behind a login."""
