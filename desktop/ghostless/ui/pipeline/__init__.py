"""The job-search pipeline board: job loops in columns by stage, moved by mouse or keyboard."""
