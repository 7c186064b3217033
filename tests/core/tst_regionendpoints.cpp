// SPDX-License-Identifier: Apache-2.0
// RegionEndpoints and Profile's endpoints: the SDK's tables, not a pattern (issue 15, item 5).
#include "core/profile/profile.h"
#include "core/profile/regionendpoints.h"

#include <QTest>

using namespace keystage;

class TestRegionEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iam_data();
    void iam();
    void csms_data();
    void csms();
    void explicitEndpointsWin();
};

void TestRegionEndpoints::iam_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    const QString global = QStringLiteral("https://iam.myhuaweicloud.com");
    // No regional IAM host in the SDK's table: the global one.
    for (const char *region : {"cn-north-11", "cn-north-12", "cn-southwest-3", "ap-southeast-5",
                               "af-north-1", "cn-south-4", "a-region-from-next-year"})
        QTest::newRow(region) << QString::fromLatin1(region) << global;
    QTest::newRow("cn-north-4") << QStringLiteral("cn-north-4")
                                << QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com");
    QTest::newRow("tr-west-1") << QStringLiteral("tr-west-1")
                               << QStringLiteral("https://iam.tr-west-1.myhuaweicloud.com");
    QTest::newRow("eu-west-101") << QStringLiteral("eu-west-101")
                                 << QStringLiteral("https://iam.eu-west-101.myhuaweicloud.eu");
    QTest::newRow("eu-west-0") << QStringLiteral("eu-west-0")
                               << QStringLiteral("https://iam.eu-west-0.myhuaweicloud.com");
}

void TestRegionEndpoints::iam()
{
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QCOMPARE(RegionEndpoints::iam(region).toString(), endpoint);
    Profile profile;
    profile.region = region;
    QCOMPARE(profile.effectiveIamEndpoint().toString(), endpoint);
    QCOMPARE(RegionEndpoints::hasRegionalIam(region),
             endpoint != RegionEndpoints::globalIam().toString());
}

void TestRegionEndpoints::csms_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("cn-north-11") << QStringLiteral("cn-north-11")
                                 << QStringLiteral("https://kms.cn-north-11.myhuaweicloud.com");
    QTest::newRow("eu-west-101") << QStringLiteral("eu-west-101")
                                 << QStringLiteral("https://kms.eu-west-101.myhuaweicloud.eu");
    QTest::newRow("unknown") << QStringLiteral("xx-new-1")
                             << QStringLiteral("https://kms.xx-new-1.myhuaweicloud.com");
}

void TestRegionEndpoints::csms()
{
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    Profile profile;
    profile.region = region;
    QCOMPARE(profile.effectiveCsmsEndpoint().toString(), endpoint);
    QVERIFY(RegionEndpoints::csmsRegions().contains(QStringLiteral("ap-southeast-5")));
}

void TestRegionEndpoints::explicitEndpointsWin()
{
    Profile profile;
    profile.region = QStringLiteral("cn-north-11");
    profile.iamEndpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(profile.effectiveIamEndpoint(), profile.iamEndpoint);
    profile.region.clear();
    profile.iamEndpoint.clear();
    QVERIFY(profile.effectiveIamEndpoint().isEmpty());
    QVERIFY(profile.effectiveCsmsEndpoint().isEmpty());
}

QTEST_GUILESS_MAIN(TestRegionEndpoints)
#include "tst_regionendpoints.moc"
