# embed_text.cmake — cmake -DIN=file -DOUT=header -DNAME=ident -P embed_text.cmake
# Writes OUT declaring `static const char *const NAME[]`: the lines of IN as C strings (each
# with its newline), then NULL — one string a line keeps each literal short (-Wpedantic).
file(READ ${IN} text)
string(REPLACE "\\" "\\\\" text "${text}")
string(REPLACE "\"" "\\\"" text "${text}")
string(REPLACE "\n" "\\n\",\n\t\"" text "${text}")
file(WRITE ${OUT} "/* generated from ${IN} by embed_text.cmake: do not edit */\nstatic const char *const ${NAME}[] = {\n\t\"${text}\",\n\tNULL};\n")
