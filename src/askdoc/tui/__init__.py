"""`askdoc chat`: the Textual terminal chat. Nothing here imports the retrieval stack at import time."""
