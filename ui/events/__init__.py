"""Events: the list, the event form and its participants, head-count and appointments."""
