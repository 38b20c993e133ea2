"""The project's bundled sample corpus and the code that generates it (see corpus/README.md)."""
