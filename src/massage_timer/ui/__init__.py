"""The Qt side: thin views, and a controller between them and the session engine."""
