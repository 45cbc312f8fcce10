"""The sync area: bundles out to the office, bundles in from schools, keys and trust."""
