// SPDX-License-Identifier: Apache-2.0
// The decoders of core/api/eventcodecs (events, notification records, generated passwords). The
// first byte chooses the decoder, the rest is the body. What must hold:
// - a failure is a BadResponse whose message names no string value of the body (a generated
//   password above all);
// - a decoded password is exactly the body's "password" string, never empty;
// - an event always has its name; no decoder crashes or reads out of bounds on any body.
#include "fuzzcommon.h"

#include "core/api/eventcodecs.h"

#include <QJsonObject>

using namespace keystage;
using namespace keystage::fuzz;

namespace {

template<typename T>
void checkError(const ApiResult<T> &result, const QByteArray &body)
{
    if (result)
        return;
    const ApiError &error = result.error();
    FUZZ_CHECK(error.kind == ApiError::Kind::BadResponse, printable(body));
    FUZZ_CHECK(!error.message.isEmpty(), printable(body));
    QStringList strings;
    collectStrings(documentValue(body), strings);
    for (const QString &value : std::as_const(strings)) {
        FUZZ_CHECK(!quotable(value) || !error.message.contains(value),
                   "the error message quotes a value of the body: " + printable(error.message));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    ensureApplication();
    const QByteArray body = bytesOf(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0: {
        const ApiResult<SecretEvent> event = codec::secretEventFromBody(body);
        checkError(event, body);
        if (event)
            FUZZ_CHECK(!event->name.isEmpty(), printable(body));
        break;
    }
    case 1: {
        const ApiResult<SecretEventPage> page = codec::secretEventPageFromBody(body);
        checkError(page, body);
        if (page) {
            for (const SecretEvent &e : page->items)
                FUZZ_CHECK(!e.name.isEmpty(), printable(body));
        }
        break;
    }
    case 2:
        checkError(codec::notificationRecordsFromBody(body), body);
        break;
    case 3: {
        ApiResult<GeneratedPassword> password = codec::generatedPasswordFromBody(body);
        checkError(password, body);
        if (password) {
            const QJsonValue sent = documentValue(body).toObject().value(QLatin1String("password"));
            FUZZ_CHECK(!password->password.isEmpty() && password->password == sent.toString(),
                       printable(body));
            password.value().wipe();
        }
        break;
    }
    }
    return 0;
}
