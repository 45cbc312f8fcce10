"""The overview page's core: reminders of what a coordinator should do next."""
