// SPDX-License-Identifier: Apache-2.0
// JsonStreamReader reads the fields of an object as JsonReader reads them from a QJsonObject: the
// same values from every accessor (string, time, integer, boolean, strings), the same "first
// field of the wrong type" error, and the scanner stands behind the object afterwards. The
// accessor used for a member depends on its key, so the fuzzer chooses it by naming the key.
#include "fuzzcommon.h"

#include "core/api/jsonreader.h"
#include "core/api/jsonstreamreader.h"

#include <QCryptographicHash>

using namespace keystage;
using namespace keystage::fuzz;
using codec::JsonReader;
using codec::JsonScanner;
using codec::JsonStreamReader;

namespace {

// The names read, in this order: the object's own keys (ASCII only: the codecs name fields with
// ASCII literals) and a few a page of secrets has.
QList<QByteArray> namesToRead(const QJsonObject &object)
{
    QList<QByteArray> names{"name", "create_time", "auto_rotation", "event_subscriptions",
                            "current_count"};
    for (const QString &key : object.keys()) {
        // (checked on the QString: a lone surrogate would become a '?' in UTF-8)
        const bool ascii = std::all_of(key.begin(), key.end(), [](QChar c) {
            return c.unicode() > 0 && c.unicode() < 0x80;
        });
        const QByteArray bytes = key.toLatin1();
        if (ascii && !names.contains(bytes))
            names << bytes;
    }
    return names;
}

// One accessor's result as text, the same for both readers when they agree.
template<typename Reader>
QString read(Reader &r, const char *name, int accessor)
{
    const auto time = [](const std::optional<qint64> &t) {
        return t ? QString::number(*t) : QStringLiteral("unset");
    };
    switch (accessor) {
    case 0:
        return QStringLiteral("string ") + r.string(name);
    case 1:
        return QStringLiteral("time ") + time(r.time(name));
    case 2:
        return QStringLiteral("integer %1").arg(codec::readInteger(r, name));
    case 3: {
        const std::optional<bool> b = r.boolean(name);
        return QStringLiteral("boolean ")
               + (b ? (*b ? QStringLiteral("true") : QStringLiteral("false"))
                    : QStringLiteral("unset"));
    }
    default:
        return QStringLiteral("strings ") + r.strings(name).join(QChar(0x241e));
    }
}

int accessorFor(const QByteArray &name)
{
    return uchar(QCryptographicHash::hash(name, QCryptographicHash::Md5).at(0)) % 5;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = bytesOf(data, size);
    const QJsonValue document = documentValue(text);
    if (!document.isObject())
        return 0; // JsonStreamReader reads objects; fuzz_jsonscanner covers the rest
    const QJsonObject object = document.toObject();

    JsonScanner scanner(text);
    FUZZ_CHECK(scanner.next() == JsonScanner::Type::Object, printable(text));
    JsonStreamReader stream(scanner, QStringLiteral("fuzz"));
    JsonReader reader(object, QStringLiteral("fuzz"));
    for (const QByteArray &name : namesToRead(object)) {
        const int accessor = accessorFor(name);
        const QString fromStream = read(stream, name.constData(), accessor);
        const QString fromReader = read(reader, name.constData(), accessor);
        FUZZ_CHECK(fromStream == fromReader,
                   "field " + name + ": JsonStreamReader " + printable(fromStream) + ", JsonReader "
                           + printable(fromReader) + " in " + printable(text));
        FUZZ_CHECK(stream.ok() == reader.ok(), "field " + name + ": ok() differs");
    }
    if (!stream.ok()) {
        FUZZ_CHECK(stream.error().message == reader.error().message,
                   printable(stream.error().message) + " vs " + printable(reader.error().message));
        FUZZ_CHECK(stream.error().kind == ApiError::Kind::BadResponse, printable(text));
    }
    FUZZ_CHECK(!scanner.failed() && scanner.atEnd(),
               "the scanner does not stand behind the object: " + printable(text));
    return 0;
}
