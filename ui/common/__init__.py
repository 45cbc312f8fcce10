"""Parts every area of the window shares: lazy lists, forms, pickers, formatting."""
