"""The chat's screens: the conversation, a document view, the open-a-file dialog."""
