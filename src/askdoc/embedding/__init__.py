"""The embedding model: sentence-transformers, the ONNX export and encoder, choosing one."""
