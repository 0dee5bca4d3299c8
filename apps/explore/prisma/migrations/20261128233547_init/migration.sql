-- CreateTable
CREATE TABLE "Category" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "CategoryTeaser" (
    "categoryKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CategoryTeaser_pkey" PRIMARY KEY ("categoryKey")
);

-- CreateTable
CREATE TABLE "ProductTeaser" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "categoryKey" TEXT NOT NULL,
    "startPrice" INTEGER NOT NULL,
    "imageSku" TEXT NOT NULL,
    "red" INTEGER NOT NULL,
    "green" INTEGER NOT NULL,
    "blue" INTEGER NOT NULL,

    CONSTRAINT "ProductTeaser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Store" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendableVariant" (
    "sku" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "red" INTEGER NOT NULL,
    "green" INTEGER NOT NULL,
    "blue" INTEGER NOT NULL,

    CONSTRAINT "RecommendableVariant_pkey" PRIMARY KEY ("sku")
);

-- CreateIndex
CREATE INDEX "ProductTeaser_categoryKey_startPrice_idx" ON "ProductTeaser"("categoryKey", "startPrice");

-- AddForeignKey
ALTER TABLE "CategoryTeaser" ADD CONSTRAINT "CategoryTeaser_categoryKey_fkey" FOREIGN KEY ("categoryKey") REFERENCES "Category"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductTeaser" ADD CONSTRAINT "ProductTeaser_categoryKey_fkey" FOREIGN KEY ("categoryKey") REFERENCES "Category"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
