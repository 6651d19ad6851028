// Replays a fuzz target's corpus without libFuzzer: every file under the folders given is fed to
// LLVMFuzzerTestOneInput once. ctest runs this so that every corpus entry, including each crash
// ever found and kept as a regression input, stays fixed in ordinary builds.
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator files(QString::fromLocal8Bit(argv[i]), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                return 2;
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++replayed;
        }
    }
    QTextStream(stdout) << replayed << " corpus inputs replayed without a crash\n";
    return replayed > 0 ? 0 : 1;
}
