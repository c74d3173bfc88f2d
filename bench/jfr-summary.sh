#!/usr/bin/env bash
# Summarises the CPU samples of a JFR recording: the share of samples whose stack contains each part of the
# stack (a sample counts once per part; outer layers such as Tomcat contain nearly everything), the share
# whose top-most recognised frame is in each part (where the CPU is spent, JDK frames charged to their
# caller), and the top frames by own samples.
#
#   bench/jfr-summary.sh recording.jfr [top]
set -euo pipefail
jfr="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jfr"
"$jfr" print --events jdk.ExecutionSample --stack-depth 256 "$1" | awk -v top="${2:-15}" '
function part(frame) {
    if (frame ~ /^org\.hibernate\./) return "Hibernate"
    if (frame ~ /^org\.springframework\.security\./) return "Spring Security"
    if (frame ~ /^org\.springframework\.(web|http)\./) return "Spring MVC / web"
    if (frame ~ /^org\.springframework\.(transaction|orm|jdbc)\./) return "Spring transactions / JDBC"
    if (frame ~ /^org\.springframework\.(aop|cglib)\./) return "Spring AOP proxies"
    if (frame ~ /^org\.springframework\.data\./) return "Spring Data"
    if (frame ~ /^org\.apache\.(catalina|coyote|tomcat)\./) return "Tomcat"
    if (frame ~ /^io\.micrometer\./) return "Micrometer"
    if (frame ~ /^org\.postgresql\./) return "PostgreSQL driver"
    if (frame ~ /^com\.zaxxer\.hikari\./) return "HikariCP"
    if (frame ~ /^(tools\.jackson|com\.fasterxml\.jackson)\./) return "Jackson"
    if (frame ~ /^com\.nimbusds\./) return "Nimbus JOSE"
    if (frame ~ /^org\.blogplatform\./) return "service code"
    if (frame ~ /^(ch\.qos\.logback|org\.slf4j)\./) return "logging"
    if (frame ~ /^sun\.nio\.|^java\.nio\.|^sun\.net\./) return "JDK I/O"
    return ""
}
/^jdk\.ExecutionSample/ { samples++; delete seen; first = ""; owner = ""; next }
/stackTrace = \[/ { inside = 1; next }
inside && /^[ \t]*\]/ { inside = 0; if (first != "") self[first]++; own[owner == "" ? "JDK / other" : owner]++; next }
inside {
    frame = $1
    if (first == "") first = frame
    p = part(frame)
    if (p != "" && owner == "") owner = p
    if (p != "" && !(p in seen)) { seen[p] = 1; parts[p]++ }
}
END {
    printf "%d CPU samples\n\nShare of samples containing each part:\n", samples
    for (p in parts) printf "  %5.1f %%  %s\n", 100 * parts[p] / samples, p | "sort -rn"
    close("sort -rn")
    printf "\nShare of samples by the part of their top-most recognised frame (own time):\n"
    for (p in own) printf "  %5.1f %%  %s\n", 100 * own[p] / samples, p | "sort -rn"
    close("sort -rn")
    printf "\nTop %d frames by own samples:\n", top
    for (f in self) printf "  %5.1f %%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -n " top
    close("sort -rn | head -n " top)
}'
