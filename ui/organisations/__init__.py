"""The organisations area: the map of organisations, trainers and consultants."""
