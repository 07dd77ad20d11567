"""Contract runs: does a live impCentral still answer as ``openapi/impcentral-v5.yaml`` says?

::

    export IMPCENTRAL_LOGIN_KEY=...            # or IMPCENTRAL_ACCESS_TOKEN, or EMAIL + PASSWORD
    python -m impcentral.contract --endpoint https://api.electricimp.com/v5
    python -m impcentral.contract --write --junit-xml contract.xml

Read-only by default: the token flow and every ``GET``, with real ids from the account and with
generated requests, each answer judged by schemathesis's checks. ``--write`` adds a scratch
product, device group, deployment and webhook, deleted afterwards however the run ends.
Requests are paced under the rate limit. The report names, per operation, the
first mismatch: the request, an excerpt of the response and the schema path. Needs the
``contract`` extra (``pip install 'impcentral[contract]'``).
"""
