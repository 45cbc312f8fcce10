"""The tournaments area: debate tournaments from set-up to the award list."""
