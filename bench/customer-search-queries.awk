# Turns a caravan-datagen customers CSV into search paths for bench/http/get_paths.lua: for about
# every 997th customer, its name as written, its name in lower case, its e-mail, and its first
# phone number as typed, each as /api/v1/customers?q=... (percent-encoded, byte by byte).
# Rows with quoted fields are skipped (a plain comma split cannot read them).
#   awk -f bench/customer-search-queries.awk customers.csv > paths.txt
BEGIN {
  FS = ","
  for (i = 0; i < 256; i++) ord[sprintf("%c", i)] = i
  safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"
}
function encode(text,    out, i, c) {
  out = ""
  for (i = 1; i <= length(text); i++) {
    c = substr(text, i, 1)
    out = out (index(safe, c) ? c : sprintf("%%%02X", ord[c]))
  }
  return out
}
# With -v kinds=1 each line starts with the kind of query and a tab (for timing them apart).
function query(text, kind) {
  if (text != "") print (kinds ? kind "\t" : "") "/api/v1/customers?limit=20&q=" encode(text)
}
NR > 1 && NR % 997 == 0 && index($0, "\"") == 0 {
  split($5, emails, ";")
  split($6, phones, ";")
  query($3, "name")
  query(tolower($3), "name_lower")
  query(emails[1], "email")
  query(phones[1], "phone")
}
