// SPDX-License-Identifier: Apache-2.0
// Service: GenerateRandomPassword. The password comes from the system's cryptographic generator
// (QRandomGenerator::system()), leaves only in the answer and is never logged.
#include "bodyreader.h"
#include "service.h"

#include <QRandomGenerator>
#include <numeric>

namespace csmslocal {

Outcome Service::generatePassword(const QJsonObject &body)
{
    BodyReader in(body);
    const qint64 length = in.integer(QStringLiteral("length"), minPasswordLength, maxPasswordLength)
                                  .value_or(32);
    const QString exclude
            = in.string(QStringLiteral("exclude_characters"), 4096).value_or(QString());
    const bool noLower = in.boolean(QStringLiteral("exclude_lowercase")).value_or(false);
    const bool noUpper = in.boolean(QStringLiteral("exclude_uppercase")).value_or(false);
    const bool noDigits = in.boolean(QStringLiteral("exclude_numbers")).value_or(false);
    const bool noPunctuation = in.boolean(QStringLiteral("exclude_punctuation")).value_or(false);
    const bool space = in.boolean(QStringLiteral("include_space")).value_or(false);
    const bool eachType = in.boolean(QStringLiteral("require_each_included_type")).value_or(false);
    if (const auto policy = in.string(QStringLiteral("password_policy_name"), 64);
        policy && !policy->isEmpty() && !in.failed())
        in.fail(QStringLiteral("Invalid password_policy_name: csms-local has no password "
                               "policies."));
    if (in.failed())
        return in.error();

    QList<QString> types;
    const auto add = [&](bool wanted, const char *characters) {
        if (!wanted)
            return;
        QString kept;
        for (const char c : QByteArrayView(characters)) {
            if (!exclude.contains(QLatin1Char(c)))
                kept += QLatin1Char(c);
        }
        if (!kept.isEmpty())
            types << kept;
    };
    add(!noLower, "abcdefghijklmnopqrstuvwxyz");
    add(!noUpper, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    add(!noDigits, "0123456789");
    add(!noPunctuation, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
    add(space, " ");
    if (types.isEmpty())
        return Outcome::invalid(QStringLiteral("No characters are left to make a password of: "
                                               "every character set is excluded."));
    if (eachType && types.size() > length)
        return Outcome::invalid(QStringLiteral("Invalid length: at least %1 characters are needed "
                                               "to hold one of each included type.")
                                        .arg(types.size()));
    const QString all = types.join(QString());
    QRandomGenerator *random = QRandomGenerator::system();
    QString password(length, Qt::Uninitialized);
    for (QChar &c : password)
        c = all.at(random->bounded(int(all.size())));
    if (eachType) {
        // One character of each type at distinct random positions (a partial shuffle).
        QList<int> positions(length);
        std::iota(positions.begin(), positions.end(), 0);
        for (int i = 0; i < types.size(); ++i) {
            std::swap(positions[i], positions[i + random->bounded(int(length) - i)]);
            const QString &set = types.at(i);
            password[positions.at(i)] = set.at(random->bounded(int(set.size())));
        }
    }
    return Outcome::ok({{QStringLiteral("password"), password}});
}

} // namespace csmslocal
