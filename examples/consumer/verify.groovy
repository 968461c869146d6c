// Run by maven-invoker-plugin after the consumer's build (see examples/pom.xml, docs/embedding.md).
// Fails the vietparse build unless (a) the consumer ran and printed the expected mentions and
// (b) what it resolved is vietparse-core, Guava with its own declared dependencies, ICU4J and
// the SLF4J API, at compile scope, and nothing else.

def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    'DATE\tChiều 12/3/2025\t{"timex":"2025-03-12TAF"}',
    'OFFICIAL\tBộ trưởng Bộ Tài chính Nguyễn Văn Thắng\t{"name":"Nguyễn Văn Thắng","titles":["Bộ trưởng Bộ Tài chính"]}',
    'TITLE\tBộ trưởng Bộ Tài chính\t{"title":"Bộ trưởng Bộ Tài chính","role":"Bộ trưởng","org":"Bộ Tài chính","kind":"STATE","en":"Minister of Finance"}',
    'MONEY\thơn 2,5 tỷ đồng\t{"amount":"2500000000","currency":"VND","mod":"MORE_THAN"}',
]
def printed = log.readLines().findAll { it ==~ /^(DATE|MONEY|TITLE|OFFICIAL)\t.*/ }
assert printed == expected : "the consumer printed\n${printed.join('\n')}\ninstead of\n${expected.join('\n')}"

// groupId:artifactId -> why it may be there
def allowed = [
    'org.vietparse:vietparse-core'                 : 'the library',
    'com.google.guava:guava'                       : 'core dependency',
    'com.ibm.icu:icu4j'                            : 'core dependency',
    'org.slf4j:slf4j-api'                          : 'core dependency',
    'com.google.guava:failureaccess'               : "Guava's own dependency",
    'com.google.guava:listenablefuture'            : "Guava's own dependency (empty placeholder jar)",
    'org.jspecify:jspecify'                        : "Guava's own dependency (nullness annotations)",
    'com.google.errorprone:error_prone_annotations': "Guava's own dependency (annotations)",
    'com.google.j2objc:j2objc-annotations'         : "Guava's own dependency (annotations)",
]
def required = ['org.vietparse:vietparse-core', 'com.google.guava:guava', 'com.ibm.icu:icu4j',
                'org.slf4j:slf4j-api']

def listFile = new File(basedir, 'target/dependencies.txt')
assert listFile.isFile() : "no dependency list at ${listFile}"
def resolved = [:]
listFile.readLines().each { line ->
    def m = line =~ /^\s+([\w.\-]+):([\w.\-]+):([\w.\-]+):(?:[\w.\-]+:)?([\w.\-]+):(\w+)/
    if (m.find()) {
        resolved["${m.group(1)}:${m.group(2)}".toString()] = m.group(5)
    }
}
println "consumer resolved: ${resolved}"
def leaked = resolved.keySet() - allowed.keySet()
assert leaked.isEmpty() : "dependencies leaked into a user's project: ${leaked}"
def missing = required - resolved.keySet()
assert missing.isEmpty() : "expected dependencies missing: ${missing}"
def notCompile = resolved.findAll { it.value != 'compile' }
assert notCompile.isEmpty() : "expected compile scope: ${notCompile}"
return true
