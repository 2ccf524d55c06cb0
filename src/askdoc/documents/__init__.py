"""Reading files: detection, decoding, formats, structure."""
