"""Parts every area of the window shares: base table models, the form dialog, icons and
palette colours, banners, cut text with tooltips, and local times."""
