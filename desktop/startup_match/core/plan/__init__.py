"""A plan, not only a verdict: the changes that would open programmes, the questions to answer
first, and when age rules open and close programmes. Above the engine, below the consultation."""
