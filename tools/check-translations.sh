#!/usr/bin/env bash
# Fails when translations/*.ts no longer match the translatable strings of the sources.
# Usage: tools/check-translations.sh BUILD_DIR [--complete]
#   --complete  also fail when a translation (other than the English source file) has unfinished messages.
# Runs lupdate on copies of the .ts files in a temporary folder (the tree is left alone) with the source list
# of the `update_translations` target, so both always agree. Takes well under a second of lupdate time.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: tools/check-translations.sh BUILD_DIR [--complete]}
complete=0
[ "${2:-}" = "--complete" ] && complete=1

# 1. Qt 6.4's lupdate never returns on QCoreApplication::translate(context, text, comment, COUNT) when COUNT
#    holds a call or a parenthesised expression such as int(seconds / 60). Refuse those before lupdate runs.
#    (tr(text, comment, COUNT) is parsed differently and is not affected.)
mapfile -t sources < <(find app ui \( -name '*.cpp' -o -name '*.h' \) -not -path 'app/cli/*' | sort)
perl -e '
  my $bad = 0;
  for my $file (@ARGV) {
    open(my $fh, "<", $file) or die "$file: $!";
    local $/; my $text = <$fh>; close $fh;
    # Blank out comments and literals (keeping newlines and lengths) so that they cannot confuse the scan.
    (my $code = $text) =~ s{//[^\n]*|/\*.*?\*/|"(?:[^"\\\n]|\\.)*"|\x27(?:[^\x27\\\n]|\\.)*\x27}{
      (my $m = $&) =~ s/[^\n]/ /g; $m }gse;
    while ($code =~ /\btranslate\s*\(/g) {
      my ($pos, $depth, $cur) = (pos($code), 1, "");
      my @args;
      while ($pos < length($code) && $depth > 0) {
        my $c = substr($code, $pos++, 1);
        if ($c eq "(") { $depth++; }
        elsif ($c eq ")") { $depth--; last if $depth == 0; }
        elsif ($c eq "," && $depth == 1) { push @args, $cur; $cur = ""; next; }
        $cur .= $c;
      }
      push @args, $cur;
      if (@args >= 4 && $args[3] =~ /[()]/) {
        my $line = 1 + (substr($code, 0, pos($code)) =~ tr/\n//);
        (my $count = $args[3]) =~ s/\s+/ /g; $count =~ s/^ | $//g;
        print STDERR "$file:$line: the count argument of translate() is \"$count\"; Qt 6.4 lupdate hangs on it:"
                   . " compute the count into a variable first and pass the variable\n";
        $bad = 1;
      }
    }
  }
  exit $bad;' "${sources[@]}" || exit 1

# 2. The source list, include paths and lupdate binary of the build's `update_translations` target.
cmake "$build" >/dev/null # refreshes the globbed source list
project_in="$build/app/.lupdate/keyway_project.cmake"
lupdate_file="$build/app/.lupdate/lupdate-command"
linguist_dir=$(sed -n 's/^Qt6LinguistTools_DIR:PATH=//p' "$build/CMakeCache.txt")
for f in "$project_in" "$lupdate_file" "$linguist_dir/GenerateLUpdateProject.cmake"; do
  [ -f "$f" ] || { echo "check-translations: $f is missing (configure $build first)" >&2; exit 1; }
done
lupdate=$(cat "$lupdate_file")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$linguist_dir/GenerateLUpdateProject.cmake"
cp translations/*.ts "$work"/
ts_copies=()
for ts in translations/*.ts; do ts_copies+=("$work/$(basename "$ts")"); done

# 3. lupdate on the copies, bounded in time (it takes a fraction of a second on these sources).
if ! timeout 120 "$lupdate" -silent -project "$work/project.json" -locations none -no-obsolete -ts "${ts_copies[@]}" \
  >"$work/lupdate.log" 2>&1; then
  cat "$work/lupdate.log" >&2
  echo "check-translations: lupdate failed or ran longer than 120 s" >&2
  exit 1
fi

stale=0
for ts in translations/*.ts; do
  copy="$work/$(basename "$ts")"
  if ! cmp -s "$ts" "$copy"; then
    echo "stale translation source: $ts; what lupdate would change:" >&2
    diff -u "$ts" "$copy" | head -40 >&2 || true
    stale=1
  fi
  case "$(basename "$ts")" in
  keyway_en.ts) ;; # the source language: only plural forms are translated
  *)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$unfinished" -gt 0 ]; then
      echo "$ts: $unfinished unfinished translation(s)" >&2
      [ $complete -eq 1 ] && stale=1
    fi
    ;;
  esac
done
if [ $stale -ne 0 ]; then
  echo "refresh with: cmake --build $build --target update_translations (then translate and commit)" >&2
fi
exit $stale
