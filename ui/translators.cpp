// SPDX-License-Identifier: Apache-2.0
#include "ui/translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace keystage::ui {

namespace {
const char *const translatorName = "keystage-translator";
} // namespace

void installTranslators(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    const auto old = app->findChildren<QTranslator *>(QLatin1String(translatorName),
                                                      Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    auto *qt = new QTranslator(app);
    qt->setObjectName(QLatin1String(translatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    own->setObjectName(QLatin1String(translatorName));
    if (own->load(locale, QStringLiteral("keystage"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("keystage_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace keystage::ui
