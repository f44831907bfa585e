#!/usr/bin/env python3
"""Runs the shell steps of the GitHub Actions workflows that `ccpub init` writes, in
order, on a site, as a runner would: each job's steps with the workflow's, the job's
and the step's environment, `${{ … }}` expressions evaluated from a fixed context, and
the actions they use stood in for (checkout: the site is already there; cache: none;
configure-pages: a project-site address; upload: the folder must exist). An action
without a stand-in, or a step that fails, fails the run.

    python3 tools/run-workflow.py CCPUB_BINARY SITE_FOLDER WORKFLOW.yml [WORKFLOW.yml …]
"""
import os
import re
import subprocess
import sys
import tempfile

import yaml

BASE_URL = "https://owner.github.io/site"


def context(env, outputs):
    """The values `${{ … }}` may name."""
    values = {
        "github.base_ref": "main",
        "github.event.number": "7",
        "github.server_url": "https://github.com",
        "github.repository": "owner/site",
        "github.run_id": "1",
        "runner.os": "Linux",
    }
    values.update({f"env.{k}": str(v) for k, v in env.items()})
    for step, outs in outputs.items():
        values.update({f"steps.{step}.outputs.{k}": v for k, v in outs.items()})
    return values


def expand(text, values):
    def one(match):
        name = match.group(1).strip()
        if name not in values:
            raise SystemExit(f"run-workflow: no value for ${{{{ {name} }}}}")
        return values[name]

    return re.sub(r"\$\{\{(.*?)\}\}", one, str(text))


def stand_in(uses, step, site, outputs):
    """What an action would do, as far as the next steps see it."""
    name = uses.split("@")[0]
    given = step.get("with", {})
    if name in ("actions/checkout", "actions/cache"):
        return
    if name == "actions/configure-pages":
        outputs[step["id"]] = {"base_url": BASE_URL}
        return
    if name in ("actions/upload-pages-artifact", "actions/upload-artifact"):
        folder = os.path.join(site, given["path"])
        if not os.path.isfile(os.path.join(folder, "index.html")):
            raise SystemExit(f"run-workflow: {uses}: {given['path']}/index.html is missing")
        return
    if name == "actions/deploy-pages":
        outputs[step.get("id", "deployment")] = {"page_url": BASE_URL + "/"}
        return
    raise SystemExit(f"run-workflow: no stand-in for {uses}")


def run_job(name, job, workflow_env, site, path, summary):
    env = dict(workflow_env)
    env.update(job.get("env", {}))
    outputs = {}
    ran = 0
    for step in job["steps"]:
        if "uses" in step:
            stand_in(step["uses"], step, site, outputs)
            continue
        values = context(env, outputs)
        step_env = {k: expand(v, values) for k, v in {**env, **step.get("env", {})}.items()}
        script = expand(step["run"], values)
        full = dict(os.environ, PATH=path, GITHUB_STEP_SUMMARY=summary, **step_env)
        label = step.get("name", script.splitlines()[0])
        print(f"run-workflow: {name}: {label}", flush=True)
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
            cwd=site,
            env=full,
        )
        if done.returncode != 0:
            raise SystemExit(f"run-workflow: {name}: step '{label}' failed ({done.returncode})")
        ran += 1
    return ran


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    ccpub, site, workflows = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    bin_dir = tempfile.mkdtemp()
    os.symlink(ccpub, os.path.join(bin_dir, "ccpub"))
    path = bin_dir + os.pathsep + os.environ["PATH"]
    summary = os.path.join(bin_dir, "summary.md")
    open(summary, "w").close()
    steps = 0
    for workflow in workflows:
        with open(workflow, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        for name, job in doc["jobs"].items():
            steps += run_job(f"{os.path.basename(workflow)} {name}", job, doc.get("env", {}), site, path, summary)
    with open(summary, encoding="utf-8") as f:
        text = f.read()
    print(text)
    print(f"run-workflow: {steps} shell steps of {len(workflows)} workflow(s) ran")


if __name__ == "__main__":
    main()
