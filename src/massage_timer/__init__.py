"""massage-timer: a calm, step-by-step guide for a gentle lower-back massage."""

__version__ = "0.2.0"
