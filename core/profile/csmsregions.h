// SPDX-License-Identifier: Apache-2.0
// The regions that have a CSMS (kms) endpoint, for the region picker of the profile dialog
// (csms-api.md 4.3, from the Go SDK's region list). The user may still type any other region id.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace keystage::ui {

class CsmsRegions
{
    Q_DECLARE_TR_FUNCTIONS(keystage::ui::CsmsRegions)

public:
    struct Region
    {
        QString id; // "cn-north-4"
        QString name; // translated console name, e.g. "CN North-Beijing4"; may be empty
    };

    static QList<Region> all(); // in the order of csms-api.md 4.3
    static bool isKnown(const QString &id);
    // "cn-north-4 (CN North-Beijing4)", or the id alone when the name is not known.
    static QString label(const Region &region);
    // The region id at the start of a label or a typed text ("cn-north-4 (…)" → "cn-north-4").
    static QString idFromText(const QString &text);
};

} // namespace keystage::ui
