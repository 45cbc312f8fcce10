"""The contests area: contests, their works, jury results, the summary and diplomas."""
