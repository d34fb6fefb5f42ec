"""careplan-assistant: a care-plan review assistant grounded in municipal guidelines.

The data path, one module each: corpus → chunking → index (lexical + Chroma)
→ retrieval → answer / review → citations → cli / ui.
"""

__version__ = "0.1.0"
