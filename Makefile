# Thin aliases: dev.py does the work, so a machine without make needs nothing more.
.PHONY: serve test build
serve:
	python3 dev.py serve
test:
	python3 dev.py test
build:
	python3 dev.py build
