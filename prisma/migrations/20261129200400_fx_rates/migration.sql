-- CreateTable
CREATE TABLE "FxRate" (
    "source" VARCHAR(16) NOT NULL,
    "date" DATE NOT NULL,
    "currency" VARCHAR(12) NOT NULL,
    "rate" DECIMAL(24,10) NOT NULL,

    CONSTRAINT "FxRate_pkey" PRIMARY KEY ("source","date","currency")
);
