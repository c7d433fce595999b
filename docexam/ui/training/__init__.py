"""The trainee's side of the app: profiles, practice, exams, drills, feedback, review, progress.

``training_tab.TrainingTab`` is the entry point (a tab of the main window). It talks to the
results store only through ``port.TrainingStore`` and receives plain records.
"""
