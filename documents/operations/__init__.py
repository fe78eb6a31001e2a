"""What an operator reads: the roles' heartbeats, health per component, Prometheus metrics.

Everything here is read from the database (and the broker's queue lengths), so any process —
the web register, `dvk health` — can answer for the whole deployment.
"""
