"""The app's life around its windows: one instance per data folder, the platform probe, a
database that cannot be used, the first paint, other processes' writes, quitting on a signal."""
