// Compiled into every program of a sanitizer build (FOI_SANITIZE); the sanitizer runtime reads
// these defaults before ASAN_OPTIONS, which can still override them.
//
// intercept_tls_get_addr=0: GCC 12's runtime (Debian 12) takes a dynamic TLS block whose address
// falls at glibc 2.19's header offset within a page for one carrying that header, and reads a
// wild range from it. LeakSanitizer's stop-the-world tracer then dies at exit ("Tracer caught
// signal 11") and fails a program whose tests all passed; CI saw it once in tst_reply_step.
// Fixed upstream after GCC 13 / LLVM 16; not intercepting costs nothing our leak checks rely on.
extern "C" __attribute__((visibility("default"), used)) const char *__asan_default_options()
{
    return "intercept_tls_get_addr=0";
}
