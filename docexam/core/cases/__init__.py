"""Traveller case files: profiling migrant smuggling and identifying possible victims of
trafficking around whole travellers, built on the generated documents (``docs/scenarios.md``).

``model`` is the case file, ``indicators`` the catalogue of indicators, actions and interview
questions, ``codec`` the pack's ``cases.json``, ``generate`` (with ``genuine`` and ``suspect``)
the scenario templates, ``consistency`` the check of a case's facts against its documents.
"""
