#!/usr/bin/env bash
# Remakes the import test fixtures: the sample declaration rendered with both built-in
# templates, then opened and re-saved by LibreOffice (as a filer's office suite would).
# Needs LibreOffice (soffice) on the PATH; the tests themselves do not.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/src/test/resources/import"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for template in gz-district gd-municipal; do
  "$here/declgen" render "$here/data/nansha-zwsj.yaml" -t "$template" -f docx -o "$work/$template"
  mkdir -p "$work/resaved-$template"
  soffice --headless -env:UserInstallation="file://$work/profile" \
    --convert-to docx:"MS Word 2007 XML" --outdir "$work/resaved-$template" \
    "$work/$template/nansha-zwsj.docx" >/dev/null
  cp "$work/resaved-$template/nansha-zwsj.docx" "$out/nansha-$template-libreoffice.docx"
done
echo "fixtures written to $out"
