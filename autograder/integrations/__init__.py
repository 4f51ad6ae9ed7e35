"""Our judge inside other graders' workflows (nbgrader's autograde first)."""
