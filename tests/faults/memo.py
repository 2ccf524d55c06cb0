"""The small document most faults are injected around: one fact per paragraph."""

MEMO = """Bridge Committee Notes

The budget for the new bridge is forty million dollars, approved by the city council in March.

Construction will start in the spring and take three years, with the east approach finished first.

The bridge will carry two lanes for cars, a tram track and a wide path for bicycles and walkers.
"""
BUDGET_QUESTION = "How much is the budget for the new bridge?"
BUDGET = "forty million dollars"
