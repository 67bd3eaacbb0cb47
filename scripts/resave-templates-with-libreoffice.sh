#!/usr/bin/env bash
# Re-saves the built-in Word templates with LibreOffice, the way an office would after editing
# them there, into the test fixtures. Tests then check that these copies render the same form.
# Needs: apt-get install -y libreoffice-writer
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/src/test/resources/templates/libreoffice"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
for id in gz-district gd-municipal; do
  cp "$root/templates/$id/template.docx" "$work/$id.docx"
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
    --convert-to 'docx:MS Word 2007 XML' --outdir "$work/out" "$work/$id.docx" >/dev/null
  cp "$work/out/$id.docx" "$out/$id.docx"
  echo "wrote $out/$id.docx"
done
