-- CreateTable
CREATE TABLE "Secret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Secret_pkey" PRIMARY KEY ("name")
);

-- Stock can never go below zero and a basket line always holds at least one item, whatever the
-- application does: the database refuses it. (Prisma's schema language has no CHECK constraints,
-- so they live only here.)
ALTER TABLE "Variant" ADD CONSTRAINT "Variant_inventory_nonnegative" CHECK ("inventory" >= 0);
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_quantity_positive" CHECK ("quantity" > 0);
