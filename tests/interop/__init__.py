"""Interop tests: the official Node.js client against the emulator."""
