"""Diplomas, certificates of participation and letters of thanks.

- ``templates``: the fixed texts per kind and language (data, user-editable);
- ``signing``: verification codes (Ed25519) and the QR text;
- ``register``: serials, issue, reprint, correct a name, cancel;
- ``layout`` / ``qr`` / ``fonts``: drawing A4 pages with reportlab;
- ``generate``: batches into one PDF; ``verify``: genuine / unknown / cancelled / forged;
- ``listing``: the register as a list for the window.
"""
