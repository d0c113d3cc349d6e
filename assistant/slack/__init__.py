"""Slack front: a slack-bolt app answering safeguarding questions with cited answers.

Modules:

* :mod:`assistant.slack.options` -- typed Slack options parsed from ``Settings.slack``.
* :mod:`assistant.slack.store` -- SQLite tables (event de-dup, thread state, answers,
  feedback, rate limit) in the shared ``assistant.db``.
* :mod:`assistant.slack.blocks` -- Block Kit rendering (limits, escaping, splitting).
* :mod:`assistant.slack.service` -- the logic behind every listener (no bolt imports).
* :mod:`assistant.slack.app` -- builds the bolt ``App`` with thin listeners; HTTP server.
* :mod:`assistant.slack.cli` -- ``assistant slack`` and ``assistant feedback``.
"""
