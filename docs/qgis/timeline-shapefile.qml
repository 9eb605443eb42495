<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- The temporal settings for zonemap's timeline exports as a Shapefile, whose end field is valid_untl:
     each feature shown from valid_from up to, not including, valid_untl (valid_until). -->
<qgis version="3.22.16-Białowieża" styleCategories="Temporal">
  <temporal startExpression="" limitMode="0" endField="valid_untl" endExpression="" fixedDuration="0" accumulate="0" mode="2" startField="valid_from" enabled="1" durationField="" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <layerGeometryType>2</layerGeometryType>
</qgis>
