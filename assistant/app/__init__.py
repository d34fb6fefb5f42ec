"""The browser app: Gradio UI (the only module importing gradio), presenters, export, plan chat."""
