"""First-run set-up of an installation."""
