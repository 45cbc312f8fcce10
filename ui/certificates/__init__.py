"""The certificates area: the register, generating batches with a live preview, printing."""
